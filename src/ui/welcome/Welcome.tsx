export interface WelcomeProps {
  /** Firefox asks for site access separately; null where the browser granted it at install. */
  siteAccess: "granted" | "missing" | null;
  onGrantAccess: () => void;
  onOpenOptions: () => void;
}

const SEARCH = "https://duckduckgo.com/?q=running+backwards+lateral+knee+pain";

/** The first-run page: what Backstride does, how to use it, and (in Firefox) the access step. */
export function Welcome({ siteAccess, onGrantAccess, onOpenOptions }: WelcomeProps) {
  return (
    <main>
      <h1>Welcome to Backstride</h1>
      <p class="lead">
        Backstride highlights running, biomechanics and injury terms on the pages you read — “center of
        gravity”, “lateral knee pain”, “ITBS” — and explains each one in plain words, with sources and reading
        about running backwards. It never changes the page and nothing you read leaves your browser.
      </p>
      {siteAccess === "missing" && (
        <section class="access" aria-labelledby="access-h">
          <h2 id="access-h">One step left: let Backstride read pages</h2>
          <p>
            Firefox lets you decide which sites an extension may read. Backstride needs to read a page’s text
            to find terms; it only looks for glossary words and sends nothing anywhere. You can also allow it
            site by site later from the extensions menu (the puzzle-piece icon).
          </p>
          <button type="button" class="primary" onClick={onGrantAccess}>
            Allow Backstride on all websites
          </button>
        </section>
      )}
      {siteAccess === "granted" && (
        <p role="status">Backstride can read the pages you open. You are all set.</p>
      )}
      <section aria-labelledby="how-h">
        <h2 id="how-h">How to use it</h2>
        <ol>
          <li>
            Open a running blog post (try a search for{" "}
            <a href={SEARCH} target="_blank" rel="noopener noreferrer">
              running backwards and lateral knee pain
            </a>
            ). Terms Backstride knows get a dotted underline.
          </li>
          <li>
            Click a highlighted term to open its card; click a related term to go deeper, and Esc to close.
          </li>
          <li>The toolbar button lists every term on the page and searches the whole glossary.</li>
          <li>
            Keyboard: <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>K</kbd> goes to the next term and explains it;{" "}
            <kbd>Alt</kbd>+<kbd>Shift</kbd>+<kbd>H</kbd> shows or hides highlights.
          </li>
        </ol>
      </section>
      <p>
        <button type="button" class="link" onClick={onOpenOptions}>
          Choose the highlight style, switch sites off or add your own terms
        </button>
      </p>
    </main>
  );
}
