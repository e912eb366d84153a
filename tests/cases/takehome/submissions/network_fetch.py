import urllib.request

# Predictions computed elsewhere, fetched at run time.
urllib.request.urlretrieve("https://example.com/churn/predictions.csv", "predictions.csv")
