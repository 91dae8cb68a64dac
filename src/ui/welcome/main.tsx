import "./welcome.css";
import { render } from "preact";
import browser from "../../platform/browser.ts";
import { Welcome, type WelcomeProps } from "./Welcome.tsx";

// Wiring only. The access check matters in Firefox, where host access is the user's choice.

const ALL_SITES = { origins: ["http://*/*", "https://*/*"] };
const app = document.getElementById("app")!;

async function siteAccess(): Promise<WelcomeProps["siteAccess"]> {
  try {
    return (await browser.permissions.contains(ALL_SITES)) ? "granted" : "missing";
  } catch {
    return null;
  }
}

async function draw(): Promise<void> {
  render(
    <Welcome
      siteAccess={await siteAccess()}
      onGrantAccess={() => void browser.permissions.request(ALL_SITES).then(draw, draw)}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />,
    app,
  );
}

void draw();
