// Where the person is, kept in the URL hash so a reload (or Electron's
// reload) returns to the same component and commitment.
export type Route =
  | { readonly view: 'home' }
  | { readonly view: 'component'; readonly component: string }
  | { readonly view: 'commitment'; readonly component: string; readonly commitment: string };

const COMPONENT = /^#\/component\/([a-z0-9-]+)$/;
const COMMITMENT = /^#\/component\/([a-z0-9-]+)\/commitment\/([0-9a-f-]{36})$/i;

export function parseRoute(hash: string): Route {
  const c = COMMITMENT.exec(hash);
  if (c) return { view: 'commitment', component: c[1]!, commitment: c[2]! };
  const m = COMPONENT.exec(hash);
  if (m) return { view: 'component', component: m[1]! };
  return { view: 'home' };
}

export function routeHref(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'component':
      return `#/component/${route.component}`;
    case 'commitment':
      return `#/component/${route.component}/commitment/${route.commitment}`;
  }
}
