"""Promo effectiveness classifier: does a promotion beat its baseline?

Only ~14% of promos are winners, so the classes are balanced with SMOTE before modelling.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import classification_report, f1_score, roc_auc_score
from sklearn.model_selection import train_test_split

SEED = 2024
TARGET = "beat_baseline"

df = pd.read_csv("train.csv", parse_dates=["week"])
test = pd.read_csv("test.csv", parse_dates=["week"])
print(df[TARGET].value_counts(normalize=True))


def engineer(d):
    out = pd.DataFrame(index=d.index)
    out["discount_pct"] = d["discount_pct"]
    out["depth"] = 1 - d["promo_price"] / d["base_price"]
    out["base_price"] = d["base_price"]
    out["feature_ad"] = d["feature_ad"]
    out["display"] = d["display"]
    out["feature_and_display"] = d["feature_ad"] * d["display"]
    out["tv"] = np.log1p(d["tv_spend"])
    out["social"] = np.log1p(d["social_spend"])
    out["competitor_on_promo"] = d["competitor_on_promo"]
    out["holiday"] = d["holiday"]
    out["weeks_since_last_promo"] = d["weeks_since_last_promo"].clip(upper=52)
    out["month"] = d["week"].dt.month
    out = out.join(pd.get_dummies(d[["category", "store_format", "region"]], dtype=int))
    return out


X = engineer(df)
y = df[TARGET].values
X_test = engineer(test).reindex(columns=X.columns, fill_value=0)

sm = SMOTE(random_state=SEED, k_neighbors=5)
X_bal, y_bal = sm.fit_resample(X, y)
print("after SMOTE:", np.bincount(y_bal))

X_tr, X_va, y_tr, y_va = train_test_split(X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=SEED)

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=SEED)
gb.fit(X_tr, y_tr)
proba = gb.predict_proba(X_va)[:, 1]
pred = (proba >= 0.5).astype(int)

print(f"ROC AUC : {roc_auc_score(y_va, proba):.3f}")
print(f"F1      : {f1_score(y_va, pred):.3f}")
print(classification_report(y_va, pred, digits=3))

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
print("top drivers:\n", imp.head(10).round(3))

gb.fit(X_bal, y_bal)
pd.DataFrame({"promo_id": test["promo_id"], "prediction": gb.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
