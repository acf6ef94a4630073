#include "server/http_server.h"

#include <httplib.h>

namespace recoupe {

bool ServeHttp(const std::string& host, int port, const RequestHandler& handler,
               const std::function<void(int port)>& on_listening) {
  httplib::Server server;
  // The handler answers 413 itself with a sentence; the transport only stops
  // bodies far beyond the limit from being buffered.
  server.set_payload_max_length(handler.options().max_body_bytes + 1);
  auto route = [&handler](const httplib::Request& req, httplib::Response& res) {
    HttpRequestData request;
    request.method = req.method;
    request.path = req.path;
    for (const auto& [key, value] : req.params) request.params[key] = value;
    request.body = req.body;
    HttpResponseData response = handler.Handle(request);
    res.status = response.status;
    res.set_content(response.body, response.content_type.c_str());
  };
  for (const char* pattern : {"/health", "/analyze", "/extract", R"(/.*)"}) {
    server.Get(pattern, route);
    server.Post(pattern, route);
  }
  const int bound =
      port == 0 ? server.bind_to_any_port(host) : (server.bind_to_port(host, port) ? port : -1);
  if (bound < 0) return false;
  if (on_listening) on_listening(bound);
  return server.listen_after_bind();
}

}  // namespace recoupe
