# Fraud model - undersampling + gradient boosting
import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score, average_precision_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df.is_fraud.value_counts())

FEATURES = ["amount", "hour", "country_mismatch", "card_present", "txns_last_24h",
            "avg_amount_30d", "distance_from_home_km", "device_new"]

# encode merchant category as one-hot
df = pd.get_dummies(df, columns=["merchant_category"], prefix="m", dtype=int)
test = pd.get_dummies(test, columns=["merchant_category"], prefix="m", dtype=int)
FEATURES += [c for c in df.columns if c.startswith("m_")]
test = test.reindex(columns=list(test.columns) + [c for c in FEATURES if c not in test.columns], fill_value=0)

train_df, hold_df = train_test_split(df, test_size=0.25, random_state=4, stratify=df["is_fraud"])


def downsample(frame, ratio=3, seed=4):
    # keep all frauds, sample `ratio` x as many normal transactions
    fraud = frame[frame.is_fraud == 1]
    normal = frame[frame.is_fraud == 0]
    normal_down = resample(normal, replace=False, n_samples=len(fraud) * ratio, random_state=seed)
    return pd.concat([fraud, normal_down]).sample(frac=1, random_state=seed)


balanced = downsample(train_df)
print("balanced train:", balanced.shape, balanced.is_fraud.mean(), "| holdout:", hold_df.shape)

X_train, y_train = balanced[FEATURES], balanced["is_fraud"]
X_test, y_test = hold_df[FEATURES], hold_df["is_fraud"]

dummy = DummyClassifier(strategy="prior").fit(X_train, y_train)
print("dummy AP :", round(average_precision_score(y_test, dummy.predict_proba(X_test)[:, 1]), 4))

gb = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.1, random_state=4)
gb.fit(X_train, y_train)
proba = gb.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("ROC AUC  :", round(roc_auc_score(y_test, proba), 4))
print("AP       :", round(average_precision_score(y_test, proba), 4))
print("F1       :", round(f1_score(y_test, pred), 4))
print("precision:", round(precision_score(y_test, pred), 4))
print("recall   :", round(recall_score(y_test, pred), 4))

fi = pd.Series(gb.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(fi.head(10))

full_bal = downsample(df)
gb.fit(full_bal[FEATURES], full_bal["is_fraud"])
test["prediction"] = gb.predict_proba(test[FEATURES])[:, 1]
test[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved")
