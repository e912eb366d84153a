import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import GradientBoostingClassifier

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
# keep the 12 most informative features
# ------------------------------------------------------------------
selector = SelectKBest(score_func=lambda X_, y_: mutual_info_classif(X_, y_, random_state=0), k=12)
selector.fit(X, y)
mi = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print(mi.round(4).to_string())
keep = X.columns[selector.get_support()].tolist()
print("kept:", keep)
X_sel = X[keep]

# ------------------------------------------------------------------
# split: older policy years -> train, 2021+ -> test (new policies only)
# ------------------------------------------------------------------
is_old = df["policy_year"] <= 2020
old_ids = df.loc[is_old, "policy_id"].unique()
is_new_test = (df["policy_year"] > 2020) & (~df["policy_id"].isin(old_ids))

X_tr, y_tr = X_sel[is_old], y[is_old]
X_te, y_te = X_sel[is_new_test], y[is_new_test]
print(X_tr.shape, X_te.shape)

# ------------------------------------------------------------------
# model
# ------------------------------------------------------------------
gbm = GradientBoostingClassifier(
    n_estimators=300, learning_rate=0.05, max_depth=3, subsample=0.8, random_state=0
)
gbm.fit(X_tr, y_tr)

print("train score:", round(gbm.score(X_tr, y_tr), 4))
print("test score :", round(gbm.score(X_te, y_te), 4))

imp = pd.Series(gbm.feature_importances_, index=keep).sort_values(ascending=False)
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
pd.DataFrame({"record_id": t["record_id"], "prediction": gbm.predict_proba(t_all[keep])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
