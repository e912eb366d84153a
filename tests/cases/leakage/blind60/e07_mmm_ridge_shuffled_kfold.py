# MMM with ridge regression, alpha tuned by 5-fold CV
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.model_selection import GridSearchCV, KFold, cross_validate
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import StandardScaler

train = pd.read_csv("train.csv", parse_dates=["week"])
test = pd.read_csv("test.csv", parse_dates=["week"])
train = train.sort_values("week").reset_index(drop=True)
test = test.sort_values("week").reset_index(drop=True)
n_train = len(train)

MEDIA = ["tv_spend", "radio_spend", "search_spend", "social_spend", "display_spend"]
DECAY = {"tv_spend": 0.65, "radio_spend": 0.45, "search_spend": 0.15, "social_spend": 0.3, "display_spend": 0.25}
HALF_SAT = {"tv_spend": 120_000, "radio_spend": 25_000, "search_spend": 40_000, "social_spend": 15_000, "display_spend": 10_000}


def carryover(x, decay, max_lag=8):
    w = decay ** np.arange(max_lag + 1)
    return np.convolve(x, w)[: len(x)]


def hill(x, k, s=1.2):
    return x**s / (x**s + k**s)


# build features on the joined calendar: the test weeks continue the train weeks
cal = pd.concat([train, test], ignore_index=True)
for ch in MEDIA:
    cal[ch + "_eff"] = hill(carryover(cal[ch].to_numpy(float), DECAY[ch]), HALF_SAT[ch])

cal["trend"] = np.arange(len(cal))
cal["month"] = cal["week"].dt.month
cal = pd.get_dummies(cal, columns=["month"], prefix="m", drop_first=True, dtype=float)
cal["price_index"] = cal["price"] / cal["competitor_price"]
cal["sales_lag1"] = cal["sales"].shift(1)
cal["sales_lag52"] = cal["sales"].shift(52)

feat = [c + "_eff" for c in MEDIA] + ["trend", "price_index", "promo", "holiday", "sales_lag1", "sales_lag52"]
feat += [c for c in cal.columns if c.startswith("m_")]

tr = cal.iloc[:n_train].dropna(subset=["sales_lag1", "sales_lag52"])
X, y = tr[feat], tr["sales"]
print("modelling rows:", len(X), "features:", len(feat))

# --- model selection
cv = KFold(n_splits=5, shuffle=True, random_state=7)
search = GridSearchCV(
    make_pipeline(StandardScaler(), Ridge()),
    {"ridge__alpha": np.logspace(-2, 3, 12)},
    cv=cv,
    scoring="neg_mean_absolute_percentage_error",
)
search.fit(X, y)
print("best alpha:", search.best_params_["ridge__alpha"])

scoring = {"mape": "neg_mean_absolute_percentage_error", "r2": "r2", "rmse": "neg_root_mean_squared_error"}
ridge_cv = cross_validate(search.best_estimator_, X, y, cv=cv, scoring=scoring)
dummy_cv = cross_validate(DummyRegressor(strategy="mean"), X, y, cv=cv, scoring=scoring)

for name, res in [("ridge", ridge_cv), ("mean baseline", dummy_cv)]:
    print(
        f"{name:>14}: MAPE {-res['test_mape'].mean():.3f} (+/- {res['test_mape'].std():.3f})"
        f"  R2 {res['test_r2'].mean():.3f}  RMSE {-res['test_rmse'].mean():,.0f}"
    )

# --- decomposition on the final model
final = search.best_estimator_.fit(X, y)
scaler, ridge = final.named_steps["standardscaler"], final.named_steps["ridge"]
coefs = pd.Series(ridge.coef_ / scaler.scale_, index=feat)
media_contrib = (tr[[c + "_eff" for c in MEDIA]] * coefs[[c + "_eff" for c in MEDIA]]).sum()
print("\ncontribution share by channel")
print((media_contrib / media_contrib.sum()).round(3))

# --- test weeks: lag-1 sales is only known for the first test week, roll forward with own predictions
te = cal.iloc[n_train:].copy()
preds = []
last_sales = list(cal["sales"].iloc[:n_train])
for i, (_, row) in enumerate(te.iterrows()):
    row = row.copy()
    row["sales_lag1"] = last_sales[-1]
    row["sales_lag52"] = last_sales[-52]
    p = final.predict(row[feat].to_frame().T.astype(float))[0]
    preds.append(p)
    last_sales.append(p)

pd.DataFrame({"row_id": te["row_id"].values, "prediction": preds}).to_csv("predictions.csv", index=False)
print("saved", len(preds), "predictions")
