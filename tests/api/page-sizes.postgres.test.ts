import { pageSizesSuite } from './page-sizes.suite.js';

pageSizesSuite('postgres');
