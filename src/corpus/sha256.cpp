#include <evgraph/corpus.hpp>

#include <openssl/evp.h>

#include <memory>

namespace evgraph {
namespace {

// OpenSSL 3 looks the algorithm up again on every EVP_Digest(EVP_sha256()) call, a fetch under a
// lock that cost about as much as hashing a 3 KB part: a rebuild from the cache hashes 150,000
// small texts (parts' checks, cache keys, digest lines). Fetched once; one context per thread.
const EVP_MD* sha256_algorithm() {
#if OPENSSL_VERSION_NUMBER >= 0x30000000L
  static const EVP_MD* const algorithm = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return algorithm ? algorithm : EVP_sha256();
#else
  return EVP_sha256();
#endif
}

}  // namespace

std::string sha256_hex(std::string_view bytes) {
  thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> context(EVP_MD_CTX_new(), &EVP_MD_CTX_free);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (!context || EVP_DigestInit_ex(context.get(), sha256_algorithm(), nullptr) != 1 ||
      EVP_DigestUpdate(context.get(), bytes.data(), bytes.size()) != 1 ||
      EVP_DigestFinal_ex(context.get(), digest, &length) != 1)
    EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr);  // as before
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(2 * length);
  for (unsigned int i = 0; i < length; ++i) {
    out.push_back(hex[digest[i] >> 4]);
    out.push_back(hex[digest[i] & 0xF]);
  }
  return out;
}

}  // namespace evgraph
