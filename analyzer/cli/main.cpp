#include <iostream>

#include "app.hpp"

int main(int argc, char** argv) { return archlint::run_cli(argc, argv, std::cout, std::cerr); }
