#include "kind_inference.hpp"

namespace archlint {

InferredKind infer_kind(const DiagramShape&) { return {Kind::unknown, "", "no shape, icon or label archlint recognises"}; }

}  // namespace archlint
