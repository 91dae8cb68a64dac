/** Tag of the one element Backstride adds to a page: the host of its shadow-root UI. */
export const OWN_UI_TAG = "backstride-root";
