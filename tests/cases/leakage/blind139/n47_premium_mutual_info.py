"""Annual premium: mutual-information feature screening + gradient boosting."""
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.feature_selection import mutual_info_regression
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

SEED = 31
TARGET, ID, LEAK = "annual_premium", "policy_id", "claims_paid_next_year"

policies = pd.read_csv("train.csv")
quotes = pd.read_csv("test.csv")

# --- engineered candidates -----------------------------------------------
def engineer(d):
    out = pd.get_dummies(d[["sex", "smoker", "region", "occupation_class", "coverage_level"]], dtype=float)
    for c in ["age", "bmi", "children", "prior_claims_3y", "deductible"]:
        out[c] = d[c]
    out["age_sq"] = d["age"] ** 2
    out["bmi_over_30"] = (d["bmi"] >= 30).astype(float)
    out["smoker_age"] = (d["smoker"] == "yes") * d["age"]
    out["smoker_bmi"] = (d["smoker"] == "yes") * d["bmi"]
    out["log_deductible"] = np.log1p(d["deductible"])
    out["claims_per_year"] = d["prior_claims_3y"] / 3
    out["family"] = (d["children"] > 0).astype(float)
    return out


X_all = engineer(policies)
X_quotes = engineer(quotes).reindex(columns=X_all.columns, fill_value=0.0)
y_all = policies[TARGET]

# --- screen with mutual information ----------------------------------------
mi = pd.Series(mutual_info_regression(X_all, y_all, random_state=SEED), index=X_all.columns)
mi = mi.sort_values(ascending=False)
print(mi.round(4).to_string())
keep = mi[mi > 0.01].index.tolist()
print(f"keeping {len(keep)} / {len(mi)} features")

# --- model -----------------------------------------------------------------
X_tr, X_te, y_tr, y_te = train_test_split(X_all[keep], y_all, test_size=0.2, random_state=SEED)
hgb = HistGradientBoostingRegressor(loss="gamma", max_iter=700, learning_rate=0.04,
                                    max_leaf_nodes=31, min_samples_leaf=25, random_state=SEED)
hgb.fit(X_tr, y_tr)
pred = hgb.predict(X_te)

print("MAE  %.1f" % mean_absolute_error(y_te, pred))
print("RMSE %.1f" % np.sqrt(mean_squared_error(y_te, pred)))
print("MAPE %.3f" % np.mean(np.abs(y_te - pred) / y_te))
print("R2   %.3f" % r2_score(y_te, pred))

hgb.fit(X_all[keep], y_all)
pd.DataFrame({ID: quotes[ID], "prediction": hgb.predict(X_quotes[keep])}).to_csv("predictions.csv", index=False)
