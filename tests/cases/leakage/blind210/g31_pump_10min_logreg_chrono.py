"""Pump anomaly detection at 10-minute resolution.

Minute data is aggregated to 10-minute means, trailing trend features are
added, and a regularised logistic regression flags abnormal intervals.
"""
import numpy as np
import pandas as pd
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score, confusion_matrix

pd.options.display.width = 140

df = pd.read_csv("data/sensor.csv", usecols=lambda c: c != "Unnamed: 0")
df["timestamp"] = pd.to_datetime(df["timestamp"])
df = df.set_index("timestamp").sort_index()

sensor_cols = [c for c in df.columns if c.startswith("sensor_")]
sensor_cols = [c for c in sensor_cols if df[c].notna().mean() > 0.9]
print(len(sensor_cols), "sensors kept")

df["abnormal"] = (df["machine_status"] != "NORMAL").astype(int)

# 10-minute aggregation
agg = df[sensor_cols].resample("10min").mean()
agg["abnormal"] = df["abnormal"].resample("10min").max()
agg = agg.dropna(subset=["abnormal"])
print(agg.shape, "intervals;", agg["abnormal"].mean().round(4), "abnormal")

# trailing statistics over the previous hour and previous 6 hours
feats = agg[sensor_cols].copy()
for c in sensor_cols:
    s = agg[c]
    feats[f"{c}_r6"] = s.rolling(6, min_periods=1).mean()
    feats[f"{c}_r36"] = s.rolling(36, min_periods=1).mean()
    feats[f"{c}_dev"] = s - feats[f"{c}_r36"]
    feats[f"{c}_chg"] = s.diff(6)

X = feats
y = agg["abnormal"].astype(int)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, shuffle=False
)
print("train", X_train.shape, "test", X_test.shape)

pipe = Pipeline([
    ("impute", SimpleImputer(strategy="median")),
    ("scale", StandardScaler()),
    ("clf", LogisticRegression(C=0.1, penalty="l2", class_weight="balanced", max_iter=2000)),
])
pipe.fit(X_train, y_train)

proba = pipe.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("ROC AUC      :", round(roc_auc_score(y_test, proba), 4))
print("avg precision:", round(average_precision_score(y_test, proba), 4))
print("F1           :", round(f1_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
p0 = dummy.predict_proba(X_test)[:, 1]
print("baseline ROC AUC:", round(roc_auc_score(y_test, p0), 4), "avg precision:", round(average_precision_score(y_test, p0), 4))

coefs = pd.Series(pipe.named_steps["clf"].coef_[0], index=X.columns)
print(coefs.reindex(coefs.abs().sort_values(ascending=False).index).head(20).round(3).to_string())

# alert timeline on the evaluated intervals
alerts = pd.DataFrame({"p": proba, "y": y_test}, index=X_test.index).sort_index()
alerts["alert"] = alerts["p"] >= 0.8
episodes = (alerts["alert"] != alerts["alert"].shift()).cumsum()[alerts["alert"]]
print("alert episodes:", episodes.nunique())
alerts.to_csv("pump_alerts_10min.csv")
