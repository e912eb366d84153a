# Fraud model - undersampling + gradient boosting
import pandas as pd
import numpy as np
from sklearn.utils import resample
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score

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

# balance classes: keep all frauds, sample 3x as many normal transactions
fraud = df[df.is_fraud == 1]
normal = df[df.is_fraud == 0]
normal_down = resample(normal, replace=False, n_samples=len(fraud) * 3, random_state=4)
balanced = pd.concat([fraud, normal_down]).sample(frac=1, random_state=4)
print("balanced:", balanced.shape, balanced.is_fraud.mean())

X_train, X_test, y_train, y_test = train_test_split(
    balanced[FEATURES], balanced["is_fraud"], test_size=0.25, random_state=4, stratify=balanced["is_fraud"]
)

gb = GradientBoostingClassifier(n_estimators=200, max_depth=3, learning_rate=0.1, random_state=4)
gb.fit(X_train, y_train)
proba = gb.predict_proba(X_test)[:, 1]
pred = (proba >= 0.5).astype(int)

print("ROC AUC  :", round(roc_auc_score(y_test, proba), 4))
print("F1       :", round(f1_score(y_test, pred), 4))
print("precision:", round(precision_score(y_test, pred), 4))
print("recall   :", round(recall_score(y_test, pred), 4))

fi = pd.Series(gb.feature_importances_, index=FEATURES).sort_values(ascending=False)
print(fi.head(10))

gb.fit(balanced[FEATURES], balanced["is_fraud"])
test["prediction"] = gb.predict_proba(test[FEATURES])[:, 1]
test[["transaction_id", "prediction"]].to_csv("predictions.csv", index=False)
print("saved")
