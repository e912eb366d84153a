"""Loan default — lean model for the broker channel.

Each bureau attribute costs ~$0.04 per application, so the product team wants the
smallest attribute set that keeps ranking quality. The attribute screen (tree importances,
keep attributes above 1.25x the mean importance) is fitted on the training part; the
test part is used once, to compare the lean model with the full reference model.
"""
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectFromModel
from sklearn.model_selection import train_test_split
from sklearn.ensemble import HistGradientBoostingClassifier, ExtraTreesClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

VOLUME = 1_200_000
ATTR_COST = 0.04

loans = pd.read_parquet("data/loans_wide.parquet")
bureau_attrs = [c for c in loans.columns if c.startswith("bur_")]
app_fields = ["loan_amount", "term_months", "interest_rate", "annual_income", "dti", "employment_years"]
cands = app_fields + bureau_attrs
print(loans.shape, len(bureau_attrs), "bureau attributes")

X_train, X_test, y_train, y_test = train_test_split(loans[cands], loans["default_12m"], test_size=0.25,
                                                    stratify=loans["default_12m"], random_state=77)

trees = ExtraTreesClassifier(n_estimators=300, min_samples_leaf=20, class_weight="balanced", n_jobs=-1, random_state=0)
selector = SelectFromModel(trees, threshold="1.25*mean").fit(X_train.fillna(-999), y_train)
kept = list(np.array(cands)[selector.get_support()])
print(len(kept), "attributes kept:", kept)
print(pd.Series(selector.estimator_.feature_importances_, index=cands).sort_values(ascending=False).head(20).round(4))

full = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=0).fit(X_train, y_train)
lean = HistGradientBoostingClassifier(max_iter=400, learning_rate=0.05, random_state=0).fit(X_train[kept], y_train)
baseline = DummyClassifier(strategy="prior").fit(X_train, y_train)

rows = {}
for name, model, cols in [("baseline", baseline, cands), ("full", full, cands), ("lean", lean, kept)]:
    p = model.predict_proba(X_test[cols])[:, 1]
    rows[name] = {"auc": roc_auc_score(y_test, p), "ap": average_precision_score(y_test, p), "n_features": len(cols)}
print(pd.DataFrame(rows).T.round(4))

n_lean_bureau = sum(c.startswith("bur_") for c in kept)
print(f"data-cost saving ≈ ${(len(bureau_attrs) - n_lean_bureau) * ATTR_COST * VOLUME:,.0f}/year; "
      f"AUC given up {rows['full']['auc'] - rows['lean']['auc']:.4f}")

p_lean = lean.predict_proba(X_test[kept])[:, 1]
order = np.argsort(-p_lean)
for share in [0.05, 0.10, 0.20]:
    k = int(share * len(order))
    print(f"top {share:.0%}: default capture {y_test.values[order[:k]].sum() / y_test.sum():.1%}")

rng = np.random.default_rng(77)
p_full = full.predict_proba(X_test)[:, 1]
diffs = []
for _ in range(500):
    i = rng.integers(0, len(y_test), len(y_test))
    diffs.append(roc_auc_score(y_test.values[i], p_full[i]) - roc_auc_score(y_test.values[i], p_lean[i]))
print("AUC gap (full - lean), 90% interval:", np.percentile(diffs, [5, 95]).round(4))
