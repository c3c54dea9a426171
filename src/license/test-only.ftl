<#-- Test-only tools, written by license-maven-plugin (add-third-party, test scope): never shipped. -->
Test-only: what Decompress's tests use, never shipped in the packaged service, ${dependencyMap?size} artifacts.
Besides these Maven artifacts, the browser tests take from the npm registry at test time
Lighthouse (Apache-2.0) and LHC-Forms (lforms, under the US National Library of Medicine's terms).

<#list dependencyMap as e>
  ${e.getKey().groupId}:${e.getKey().artifactId}:${e.getKey().version} - ${e.getValue()?join(" OR ")}
</#list>
