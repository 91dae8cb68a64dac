// The one source manifest.json, specialised per browser. The version always comes from package.json.

export const GECKO_ID = "backstride@backstride.dev";

export function chromeManifest(source, version) {
  return { ...source, version };
}

/** Firefox MV3: an event page (`background.scripts`) instead of a service worker, and a gecko id. */
export function firefoxManifest(source, version) {
  const { minimum_chrome_version: _chromeOnly, ...rest } = source;
  return {
    ...rest,
    version,
    background: { scripts: [source.background.service_worker] },
    browser_specific_settings: {
      // 140: the first ESR with the CSS Custom Highlight API. Android got data_collection_permissions in 142.
      gecko: {
        id: GECKO_ID,
        strict_min_version: "140.0",
        data_collection_permissions: { required: ["none"] },
      },
      gecko_android: { strict_min_version: "142.0" },
    },
  };
}
