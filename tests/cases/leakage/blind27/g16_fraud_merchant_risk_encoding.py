import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

TARGET = "is_fraud"
df = pd.read_csv("train.csv")
df["merchant_description"] = df["merchant_description"].fillna("").str.lower()


def smoothed_rate(frame, key, target, alpha=20.0):
    prior = frame[target].mean()
    stats = frame.groupby(key)[target].agg(["sum", "count"])
    rate = (stats["sum"] + alpha * prior) / (stats["count"] + alpha)
    return frame[key].map(rate).fillna(prior)


df["merchant_token"] = df["merchant_description"].str.split().str[0].fillna("none")
risk_features = {}
for key in ["merchant_category", "merchant_token", "device_type"]:
    risk_features[f"{key}_risk"] = smoothed_rate(df, key, TARGET)
df = df.assign(**risk_features)

df["desc_has_online"] = df["merchant_description"].str.contains("online|www|\\.com").astype(int)
df["desc_has_digits"] = df["merchant_description"].str.contains(r"\d{4,}").astype(int)
df["log_amount"] = np.log1p(df["amount"])

features = ["log_amount", "hour_of_day", "distance_from_home_km", "num_tx_last_24h",
            "avg_amount_30d", "card_present", "is_foreign", "desc_has_online",
            "desc_has_digits"] + list(risk_features)

X_tr, X_te, y_tr, y_te = train_test_split(df[features], df[TARGET], test_size=0.2,
                                          stratify=df[TARGET], random_state=1)

model = HistGradientBoostingClassifier(max_iter=500, learning_rate=0.04,
                                       max_leaf_nodes=48, random_state=1)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_te)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
print("HGB   AUC %.4f AP %.4f" % (roc_auc_score(y_te, p), average_precision_score(y_te, p)))
print("dummy AUC %.4f AP %.4f" % (roc_auc_score(y_te, dummy.predict_proba(X_te)[:, 1]),
                                  average_precision_score(y_te, dummy.predict_proba(X_te)[:, 1])))
print(classification_report(y_te, (p > 0.3).astype(int), digits=3))
