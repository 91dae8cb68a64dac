import { describe, expect, it } from "vitest";
import { inflections } from "../../src/core/inflect.ts";

describe("inflections", () => {
  it.each([
    ["knee", ["knees", "knee's"]],
    ["stress fracture", ["stress fractures", "stress fracture's"]],
    ["overuse injury", ["overuse injuries", "overuse injury's"]],
    ["hip flexor", ["hip flexors", "hip flexor's"]],
    ["calf", ["calves", "calf's"]],
    ["meniscus", ["menisci"]],
    ["stretch", ["stretches", "stretch's"]],
    ["GRF", ["GRFs", "GRF's"]],
    ["hamstrings", []],
    ["pelvis", []],
    ["plantar fasciitis", []],
    ["runner's knee", ["runner's knees", "runner's knee's"]],
    ["Newton's", []],
  ])("%s → %j", (form, expected) => {
    expect(inflections(form)).toEqual(expected);
  });
});
