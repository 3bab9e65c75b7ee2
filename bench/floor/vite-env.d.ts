// Vite's `?url` imports and the like, for the floor page's own type check.
import 'vite/client';
