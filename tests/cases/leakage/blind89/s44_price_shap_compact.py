"""House prices – compact XGBoost model from SHAP importances.

Fits XGBoost on all sales, ranks features by mean |SHAP|, keeps the top 25 and refits.
Reports fit quality of the compact model.
"""
import numpy as np
import pandas as pd
import shap
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

df = pd.read_csv("train.csv", parse_dates=["sale_date"])
test = pd.read_csv("test.csv", parse_dates=["sale_date"])


def features(frame):
    out = frame.drop(columns=["property_id", "sale_date", "sale_price", "price_per_sqft",
                              "assessed_value_post_sale"], errors="ignore").copy()
    out["house_age"] = frame["sale_date"].dt.year - frame["year_built"]
    out["total_sf"] = frame[["total_bsmt_sf", "first_flr_sf", "second_flr_sf"]].fillna(0).sum(axis=1)
    out["sale_year"] = frame["sale_date"].dt.year
    return pd.get_dummies(out, columns=["neighborhood", "zoning", "kitchen_qual", "heating", "central_air"],
                          dtype=float)


X = features(df)
X_test = features(test).reindex(columns=X.columns, fill_value=0)
y = np.log(df["sale_price"])

params = dict(n_estimators=800, learning_rate=0.03, max_depth=5, subsample=0.8,
              colsample_bytree=0.7, min_child_weight=3, reg_lambda=1.0)
full = xgb.XGBRegressor(**params).fit(X, y)

explainer = shap.TreeExplainer(full)
shap_values = explainer(X)
mean_abs = pd.Series(np.abs(shap_values.values).mean(axis=0), index=X.columns).sort_values(ascending=False)
print("Top 25 features by mean |SHAP|:")
print(mean_abs.head(25).round(4).to_string())

top = list(mean_abs.head(25).index)
compact = xgb.XGBRegressor(**params).fit(X[top], y)

for name, model, cols in [("full", full, list(X.columns)), ("compact", compact, top)]:
    p = model.predict(X[cols])
    print(f"{name:8s} R2 {r2_score(y, p):.4f}  RMSE(log) {np.sqrt(mean_squared_error(y, p)):.4f}  "
          f"MAE ${mean_absolute_error(np.exp(y), np.exp(p)):,.0f}")

pd.DataFrame({"property_id": test["property_id"],
              "prediction": np.exp(compact.predict(X_test[top]))}).to_csv("predictions.csv", index=False)
print("predictions.csv written")
