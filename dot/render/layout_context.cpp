#include "layout_context.hpp"

#include <dlfcn.h>
#include <graphviz/gvplugin.h>
#include <graphviz/gvplugin_textlayout.h>

#include <string>

#include "text_metrics.hpp"

extern "C" {
// The dot layout engine of Graphviz's own plugin library, linked in.
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
}

namespace archlint {
namespace {

// Graphviz sets a line of text this many font sizes apart from the next.
constexpr double kLineSpacing = 1.2;

/// One line of a label, measured as the picture draws it.
boolean measure(textspan_t* span, char** fontpath) {
  double size = span->font ? span->font->size : 14;
  bool bold = span->font && (span->font->flags & HTML_BF);
  span->size.x = text_width(span->str ? span->str : "", size, bold);
  span->size.y = size * kLineSpacing;
  span->yoffset_layout = 0;
  span->yoffset_centerline = 0.1 * size;
  span->layout = nullptr;
  span->free_layout = nullptr;
  if (fontpath) *fontpath = nullptr;
  return true;
}

gvtextlayout_engine_t measure_engine{measure};
gvplugin_installed_t text_types[] = {{0, "textlayout", 10, &measure_engine, nullptr}, {0, nullptr, 0, nullptr, nullptr}};
gvplugin_api_t text_apis[] = {{API_textlayout, text_types}, {static_cast<api_t>(0), nullptr}};
char text_package[] = "archlint_text";
gvplugin_library_t text_library{text_package, text_apis};

char dot_name[] = "gvplugin_dot_layout_LTX_library";
char text_name[] = "gvplugin_archlint_text_LTX_library";
lt_symlist_t builtins[] = {{dot_name, &gvplugin_dot_layout_LTX_library},
                           {text_name, &text_library},
                           {nullptr, nullptr}};

class LayoutContext {
 public:
  static GVC_t* get() {
    static LayoutContext context;
    return context.gvc_;
  }
  LayoutContext(const LayoutContext&) = delete;
  LayoutContext& operator=(const LayoutContext&) = delete;

 private:
  // Only the built-in plugins: no configuration is read, no library loaded.
  LayoutContext() : gvc_(gvContextPlugins(builtins, 0)) {}
  ~LayoutContext() {
    if (gvc_) gvFreeContext(gvc_);
  }
  GVC_t* gvc_;
};

}  // namespace

GVC_t* layout_context() { return LayoutContext::get(); }

std::expected<void, std::string> add_force_layouts(GVC_t* gvc) {
  static void* library = nullptr;
  static std::string error;
  if (!library && error.empty()) {
    library = ::dlopen(ARCHLINT_NEATO_PLUGIN, RTLD_NOW | RTLD_LOCAL);
    void* engines = library ? ::dlsym(library, "gvplugin_neato_layout_LTX_library") : nullptr;
    if (!engines) {
      const char* why = ::dlerror();
      error = std::string("Graphviz's force-directed layouts (") + ARCHLINT_NEATO_PLUGIN + ") could not be loaded: " +
              (why ? why : "no engines in the library");
    } else {
      gvAddLibrary(gvc, static_cast<gvplugin_library_t*>(engines));
    }
  }
  if (!error.empty()) return std::unexpected(error);
  return {};
}

}  // namespace archlint
