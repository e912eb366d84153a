"""Recursive feature elimination before modelling the fraud label."""
import numpy as np
import pandas as pd
from sklearn.feature_selection import RFECV
from sklearn.ensemble import ExtraTreesClassifier, GradientBoostingClassifier
from sklearn.model_selection import StratifiedKFold, train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "is_fraud"

df = pd.read_csv("train.csv")
desc = df["merchant_description"].fillna("").str.lower()
df["desc_n_tokens"] = desc.str.split().str.len()
df["desc_has_url"] = desc.str.contains(r"www|http|\.com").astype(int)
df["desc_has_intl"] = desc.str.contains("intl|international|foreign").astype(int)
df["desc_all_caps_ratio"] = df["merchant_description"].fillna("").apply(
    lambda s: sum(ch.isupper() for ch in s) / max(len(s), 1))
df["log_amount"] = np.log1p(df["amount"])
df["amount_vs_avg"] = df["amount"] / (df["avg_amount_30d"] + 1)
df = df.join(pd.get_dummies(df["merchant_category"], prefix="mcc", dtype=int))

candidates = [c for c in df.columns if c.startswith(("desc_", "mcc_"))] + [
    "log_amount", "amount_vs_avg", "hour_of_day", "distance_from_home_km",
    "num_tx_last_24h", "card_present", "is_foreign"]
X_full = df[candidates].fillna(0)
y_full = df[TARGET]

rfecv = RFECV(
    estimator=ExtraTreesClassifier(n_estimators=200, min_samples_leaf=3, n_jobs=-1, random_state=0),
    step=2,
    cv=StratifiedKFold(4, shuffle=True, random_state=0),
    scoring="average_precision",
    min_features_to_select=5,
)
rfecv.fit(X_full, y_full)
chosen = list(X_full.columns[rfecv.support_])
print(f"kept {len(chosen)}/{len(candidates)} features:", chosen)

X_train, X_test, y_train, y_test = train_test_split(
    df[chosen], y_full, test_size=0.3, stratify=y_full, random_state=0)

gb = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05,
                                subsample=0.8, random_state=0)
gb.fit(X_train, y_train)
scores = gb.predict_proba(X_test)[:, 1]
print("test ROC AUC %.4f" % roc_auc_score(y_test, scores))
print("test PR AUC  %.4f" % average_precision_score(y_test, scores))
