"""Claims triage score — final model and post-hoc error analysis.

Decision memo, appendix B.

Model family and settings were fixed with grouped cross-validation on the development
part; the test part (separate policyholders) is scored once below, followed by the
error analysis requested by the SIU team.
"""
import numpy as np
import pandas as pd
from sklearn.model_selection import GroupShuffleSplit, GroupKFold, GridSearchCV
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss
from sklearn.calibration import calibration_curve

df = pd.read_parquet("claims_train.parquet")
df["log_amount"] = np.log1p(df["claim_amount"])
df["late_report"] = (df["days_to_report"] > 30).astype(int)
num = ["log_amount", "days_to_report", "policy_tenure_months", "vehicle_age", "claims_last_3y",
       "claimant_age", "incident_hour", "late_report", "witness_present", "police_report_filed",
       "repair_shop_in_network"]
cats = ["incident_type", "region", "channel"]

dev_idx, test_idx = next(GroupShuffleSplit(1, test_size=0.25, random_state=9).split(df, groups=df["policyholder_id"]))
dev, test = df.iloc[dev_idx], df.iloc[test_idx]

pipe = Pipeline([
    ("pre", ColumnTransformer([("num", "passthrough", num),
                               ("cat", OneHotEncoder(handle_unknown="ignore", sparse_output=False), cats)])),
    ("clf", HistGradientBoostingClassifier(early_stopping=False, random_state=0)),
])
grid = {"clf__learning_rate": [0.03, 0.08], "clf__max_leaf_nodes": [15, 31], "clf__l2_regularization": [0.0, 1.0]}
search = GridSearchCV(pipe, grid, scoring="average_precision", cv=GroupKFold(n_splits=5), n_jobs=-1)
search.fit(dev[num + cats], dev["is_fraud"], groups=dev["policyholder_id"])
print("chosen:", search.best_params_, "grouped-CV AP", round(search.best_score_, 4))

baseline = DummyClassifier(strategy="prior").fit(dev[num + cats], dev["is_fraud"])

# ---------------- final test scoring (once) ----------------
y = test["is_fraud"].values
p = search.predict_proba(test[num + cats])[:, 1]
p0 = baseline.predict_proba(test[num + cats])[:, 1]
k = int(0.02 * len(y))
print(f"TEST  AUC {roc_auc_score(y, p):.3f}  AP {average_precision_score(y, p):.3f} (baseline AP {average_precision_score(y, p0):.3f})  "
      f"P@2% {y[np.argsort(-p)[:k]].mean():.1%}  Brier {brier_score_loss(y, p):.4f}")

# ---------------- error analysis ----------------
res = test.assign(p=p, queued=False)
res.loc[res.index[np.argsort(-p)[:k]], "queued"] = True

rng = np.random.default_rng(0)
boot = {"auc": [], "ap": [], "p_at_2": []}
for _ in range(1000):
    i = rng.integers(0, len(y), len(y))
    boot["auc"].append(roc_auc_score(y[i], p[i]))
    boot["ap"].append(average_precision_score(y[i], p[i]))
    boot["p_at_2"].append(y[i][np.argsort(-p[i])[:k]].mean())
print(pd.DataFrame(boot).quantile([0.05, 0.5, 0.95]).round(3))

for col in ["incident_type", "region", "channel"]:
    print(res.groupby(col).apply(lambda g: pd.Series({
        "claims": len(g), "fraud_rate": g.is_fraud.mean(), "queued": g.queued.sum(),
        "caught": (g.queued & (g.is_fraud == 1)).sum(),
        "ap": average_precision_score(g.is_fraud, g.p) if g.is_fraud.nunique() > 1 else np.nan})).round(3))

frac, mean_p = calibration_curve(y, p, n_bins=10, strategy="quantile")
print(pd.DataFrame({"mean_predicted": mean_p, "observed": frac}).round(3))

amount_band = pd.cut(res["claim_amount"], [0, 2_000, 5_000, 20_000, 50_000, np.inf])
print(res.groupby(amount_band, observed=True).agg(n=("is_fraud", "size"), fraud=("is_fraud", "sum"),
                                                  caught=("queued", lambda q: (q & (res.loc[q.index, "is_fraud"] == 1)).sum())))

missed = res[(res.is_fraud == 1) & (~res.queued)].sort_values("claim_amount", ascending=False)
print("largest missed frauds:")
print(missed[["claim_amount", "incident_type", "days_to_report", "witness_present", "p"]].head(15))
