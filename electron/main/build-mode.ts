// Whether this main-process bundle was built for development (`electron-vite dev`): fixed when the bundle is built,
// so no variable set at run time can turn a shipped app into one that loads its page from elsewhere.

declare global {
  interface ImportMetaEnv {
    readonly DEV: boolean;
  }
  interface ImportMeta {
    readonly env: ImportMetaEnv;
  }
}

export const DEVELOPMENT_BUILD: boolean = import.meta.env.DEV === true;
