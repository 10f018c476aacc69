// Starts GraphiQL in the page with the saved operations as tabs. Loaded after React, ReactDOM and GraphiQL's UMD builds.
(function () {
  var config = JSON.parse(document.getElementById('playground-config').textContent);
  var endpoint = new URL(config.endpoint, window.location.href).toString();
  var h = React.createElement;
  var tabs = config.tabs.map(function (tab) {
    return { query: tab.query, headers: config.headers };
  });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    h(
      GraphiQL,
      {
        fetcher: GraphiQL.createFetcher({ url: endpoint }),
        defaultTabs: tabs,
        defaultHeaders: config.headers,
        defaultEditorToolsVisibility: 'headers',
        shouldPersistHeaders: false,
      },
      h(GraphiQL.Logo, null, config.title),
      h(GraphiQL.Footer, null, h('p', { className: 'playground-note' }, config.note)),
    ),
  );
})();
