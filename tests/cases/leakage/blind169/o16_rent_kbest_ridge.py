# Rent regression: one-hot everything, keep the 40 most predictive columns, fit a ridge.
import numpy as np
import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

raw = pd.read_csv("train.csv")
new = pd.read_csv("test.csv")
print(raw.shape)

CATS = ["neighborhood", "energy_label", "rooms", "bathrooms"]
NUMS = ["sqm", "floor", "has_elevator", "has_balcony", "furnished", "year_built", "dist_center_km"]


def design(df):
    out = df[NUMS].copy()
    out["sqm_sq"] = out["sqm"] ** 2
    out["log_dist"] = np.log1p(out["dist_center_km"])
    out["pre_war"] = (out["year_built"] < 1940).astype(int)
    cats = pd.get_dummies(df[CATS].astype(str), prefix=CATS, dtype=float)
    return pd.concat([out, cats], axis=1)


X_full = design(raw)
X_new = design(new).reindex(columns=X_full.columns, fill_value=0.0)
y_full = raw["monthly_rent"].values
print("design columns:", X_full.shape[1])

selector = SelectKBest(score_func=f_regression, k=40)
X_sel = selector.fit_transform(X_full, y_full)
kept = X_full.columns[selector.get_support()]
print("kept:", list(kept))

X_train, X_test, y_train, y_test = train_test_split(X_sel, y_full, test_size=0.25, random_state=0)

scaler = StandardScaler().fit(X_train)
ridge = RidgeCV(alphas=np.logspace(-2, 3, 30)).fit(scaler.transform(X_train), y_train)
print("alpha:", ridge.alpha_)

y_hat = ridge.predict(scaler.transform(X_test))
mean_pred = np.full_like(y_test, y_train.mean(), dtype=float)
print("mean-rent baseline  MAE %.1f RMSE %.1f" % (mean_absolute_error(y_test, mean_pred),
                                                 mean_squared_error(y_test, mean_pred) ** 0.5))
print("ridge (k=40)        MAE %.1f RMSE %.1f" % (mean_absolute_error(y_test, y_hat),
                                                 mean_squared_error(y_test, y_hat) ** 0.5))

# refit scaler+ridge on all rows for the submission
scaler.fit(X_sel)
ridge.fit(scaler.transform(X_sel), y_full)
pred_new = ridge.predict(scaler.transform(selector.transform(X_new)))
pd.DataFrame({"listing_id": new["listing_id"], "prediction": pred_new}).to_csv("predictions.csv", index=False)
