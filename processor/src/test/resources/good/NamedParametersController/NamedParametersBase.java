package fixtures;

public abstract class NamedParametersBase implements CatalogApi {
  @Override
  public String section(String section) {
    return "section " + section;
  }

  @Override
  public String shelf(String section, String shelf) {
    return "shelf " + shelf + " of " + section;
  }
}
