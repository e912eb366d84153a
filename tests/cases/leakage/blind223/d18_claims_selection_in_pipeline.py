import pandas as pd
import numpy as np
from sklearn.pipeline import Pipeline
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, balanced_accuracy_score

# ------------------------------------------------------------------
# load
# ------------------------------------------------------------------
df = pd.read_csv("train.csv")
print("rows:", len(df), "policies:", df.policy_id.nunique(), "years:", sorted(df.policy_year.unique()))

# ------------------------------------------------------------------
# features
# ------------------------------------------------------------------
df["driver_age_sq"] = df["driver_age"] ** 2
df["miles_per_value"] = df["annual_mileage"] / df["vehicle_value"].clip(lower=1000)
df["deductible_ratio"] = df["deductible"] / df["premium"].clip(lower=1)
df["ncb_capped"] = df["no_claim_bonus_years"].clip(upper=9)
df["had_prior"] = (df["prior_claims_3y"] > 0).astype(int)
df["credit_score"] = df["credit_score"].fillna(-1)
df["telematics_score"] = df["telematics_score"].fillna(-1)

cats = pd.get_dummies(df[["region", "vehicle_type"]], prefix=["reg", "veh"], dtype=int)
num_cols = ["vehicle_age", "vehicle_value", "annual_mileage", "driver_age", "driver_age_sq",
            "credit_score", "premium", "deductible", "prior_claims_3y", "no_claim_bonus_years",
            "telematics_score", "miles_per_value", "deductible_ratio", "ncb_capped", "had_prior"]
X = pd.concat([df[num_cols], cats], axis=1)
y = df["has_claim"]
print("candidate features:", X.shape[1])

# ------------------------------------------------------------------
# split: older policy years -> train, 2021+ -> test (new policies only)
# ------------------------------------------------------------------
is_old = df["policy_year"] <= 2020
old_ids = df.loc[is_old, "policy_id"].unique()
is_new_test = (df["policy_year"] > 2020) & (~df["policy_id"].isin(old_ids))

X_tr, y_tr = X[is_old], y[is_old]
X_te, y_te = X[is_new_test], y[is_new_test]
print(X_tr.shape, X_te.shape)


def mi(X_, y_):
    return mutual_info_classif(X_, y_, random_state=0)


# ------------------------------------------------------------------
# model: selection is part of the pipeline, so it only sees training years
# ------------------------------------------------------------------
model = Pipeline([
    ("select", SelectKBest(score_func=mi, k=12)),
    ("gbm", GradientBoostingClassifier(n_estimators=300, learning_rate=0.05, max_depth=3,
                                       subsample=0.8, random_state=0)),
])
model.fit(X_tr, y_tr)
keep = X.columns[model.named_steps["select"].get_support()].tolist()
print("kept:", keep)

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

for name, est in [("dummy", dummy), ("gbm", model)]:
    p = est.predict_proba(X_te)[:, 1]
    print(f"{name:6s} ROC AUC {roc_auc_score(y_te, p):.4f} | PR AUC {average_precision_score(y_te, p):.4f} "
          f"| bal.acc@0.2 {balanced_accuracy_score(y_te, (p >= 0.2).astype(int)):.4f}")

imp = pd.Series(model.named_steps["gbm"].feature_importances_, index=keep).sort_values(ascending=False)
for k, v in imp.items():
    print(f"  {k:22s} {v:.3f}")

# ------------------------------------------------------------------
# submission
# ------------------------------------------------------------------
t = pd.read_csv("test.csv")
t["driver_age_sq"] = t["driver_age"] ** 2
t["miles_per_value"] = t["annual_mileage"] / t["vehicle_value"].clip(lower=1000)
t["deductible_ratio"] = t["deductible"] / t["premium"].clip(lower=1)
t["ncb_capped"] = t["no_claim_bonus_years"].clip(upper=9)
t["had_prior"] = (t["prior_claims_3y"] > 0).astype(int)
t["credit_score"] = t["credit_score"].fillna(-1)
t["telematics_score"] = t["telematics_score"].fillna(-1)
t_all = pd.concat([t[num_cols], pd.get_dummies(t[["region", "vehicle_type"]], prefix=["reg", "veh"], dtype=int)], axis=1)
t_all = t_all.reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"record_id": t["record_id"], "prediction": model.predict_proba(t_all)[:, 1]}) \
    .to_csv("predictions.csv", index=False)
