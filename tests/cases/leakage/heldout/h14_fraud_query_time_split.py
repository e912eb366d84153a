import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score

df = pd.read_csv("train.csv", parse_dates=["event_time"])
train = df.query("event_time < '2023-10-01'")
test = df.query("event_time >= '2023-10-01'")
feats = ["amount", "distance_km", "merchant_risk"]
model = HistGradientBoostingClassifier().fit(train[feats], train["is_fraud"])
print("AP", average_precision_score(test["is_fraud"], model.predict_proba(test[feats])[:, 1]))
base = DummyClassifier().fit(train[feats], train["is_fraud"])
print("dummy AP", average_precision_score(test["is_fraud"], base.predict_proba(test[feats])[:, 1]))
