export { MANIFEST_FILE, PAGE_FILE, type BuiltFile, type PageManifest as PlaygroundManifest } from '../static/built.js';
