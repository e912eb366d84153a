"""Promo effectiveness classifier: does a promotion beat its baseline?

Only ~14% of promos are winners. SMOTE is applied to the training weeks only; the holdout is the
most recent 20% of weeks and keeps its natural class balance.
"""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import average_precision_score, classification_report, f1_score, roc_auc_score

SEED = 2024
TARGET = "beat_baseline"

df = pd.read_csv("train.csv", parse_dates=["week"]).sort_values("week").reset_index(drop=True)
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

cut = df["week"].quantile(0.8)
is_tr = (df["week"] < cut).values
X_tr, y_tr, X_va, y_va = X[is_tr], y[is_tr], X[~is_tr], y[~is_tr]
print(f"train weeks < {cut.date()}: {is_tr.sum()} rows, holdout: {(~is_tr).sum()} rows")

X_tr_bal, y_tr_bal = SMOTE(random_state=SEED, k_neighbors=5).fit_resample(X_tr, y_tr)
print("train after SMOTE:", np.bincount(y_tr_bal))

gb = GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=SEED)
gb.fit(X_tr_bal, y_tr_bal)
proba = gb.predict_proba(X_va)[:, 1]
pred = (proba >= 0.5).astype(int)

dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_tr, y_tr)
d_proba = dummy.predict_proba(X_va)[:, 1]

print(f"ROC AUC : model {roc_auc_score(y_va, proba):.3f} | baseline {roc_auc_score(y_va, d_proba):.3f}")
print(f"PR AUC  : model {average_precision_score(y_va, proba):.3f} | baseline {average_precision_score(y_va, d_proba):.3f}")
print(f"F1      : model {f1_score(y_va, pred):.3f} | baseline {f1_score(y_va, dummy.predict(X_va)):.3f}")
print(classification_report(y_va, pred, digits=3))

imp = pd.Series(gb.feature_importances_, index=X.columns).sort_values(ascending=False)
print("top drivers:\n", imp.head(10).round(3))

X_all_bal, y_all_bal = SMOTE(random_state=SEED, k_neighbors=5).fit_resample(X, y)
gb.fit(X_all_bal, y_all_bal)
pd.DataFrame({"promo_id": test["promo_id"], "prediction": gb.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
