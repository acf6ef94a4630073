// `recoupe serve`: the RequestHandler behind an HTTP listener (cpp-httplib).
#pragma once

#include <functional>
#include <string>

#include "server/request_handler.h"

namespace recoupe {

// Listens on host:port (port 0: any free port) until the process is stopped.
// `on_listening` is called once with the port bound, before serving. Returns
// false when the address cannot be bound.
bool ServeHttp(const std::string& host, int port, const RequestHandler& handler,
               const std::function<void(int port)>& on_listening);

}  // namespace recoupe
