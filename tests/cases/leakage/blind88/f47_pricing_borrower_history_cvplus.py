"""APR spread model with borrower pricing history and CV+ intervals (MAPIE)."""
import numpy as np
import pandas as pd
from sklearn.model_selection import KFold, train_test_split, cross_val_score
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from mapie.regression import MapieRegressor
from mapie.metrics import regression_coverage_score, regression_mean_width_score

df = pd.read_csv("train.csv", parse_dates=["quote_date"])

# borrower-level pricing history: repeat borrowers tend to get similar spreads
borrower_stats = df.groupby("borrower_id")["apr_spread"].agg(borrower_mean_spread="mean", borrower_n_quotes="size")
df = df.join(borrower_stats, on="borrower_id")
df["borrower_mean_loan"] = df.groupby("borrower_id")["loan_amount"].transform("mean")

df["quote_month"] = df["quote_date"].dt.month
df = pd.get_dummies(df, columns=["product_type", "region"], dtype=float)
features = [c for c in df.columns if c not in ["quote_date", "borrower_id", "broker_id", "final_apr", "apr_spread"]]

X = df[features].fillna(-1)
y = df["apr_spread"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=42)

rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=3, n_jobs=-1, random_state=42)
kf = KFold(n_splits=5, shuffle=True, random_state=42)
cv_mae = -cross_val_score(rf, X_train, y_train, cv=kf, scoring="neg_mean_absolute_error")
print(f"CV MAE {cv_mae.mean():.2f} +/- {cv_mae.std():.2f}")

mapie = MapieRegressor(rf, method="plus", cv=kf, n_jobs=-1)
mapie.fit(X_train, y_train)
pred, pis = mapie.predict(X_test, alpha=[0.1, 0.2])

print(f"test MAE {mean_absolute_error(y_test, pred):.2f}, R2 {r2_score(y_test, pred):.3f}")
for i, a in enumerate([0.1, 0.2]):
    lo, hi = pis[:, 0, i], pis[:, 1, i]
    print(f"{int((1 - a) * 100)}% CV+ interval: coverage {regression_coverage_score(y_test, lo, hi):.3f}, "
          f"width {regression_mean_width_score(lo, hi):.2f} bps")

sub = pd.read_csv("test.csv", parse_dates=["quote_date"])
sub = sub.join(borrower_stats, on="borrower_id")
sub["borrower_mean_spread"] = sub["borrower_mean_spread"].fillna(y.mean())
sub["borrower_n_quotes"] = sub["borrower_n_quotes"].fillna(0)
sub["borrower_mean_loan"] = sub.groupby("borrower_id")["loan_amount"].transform("mean")
sub["quote_month"] = sub["quote_date"].dt.month
Xs = pd.get_dummies(sub, columns=["product_type", "region"], dtype=float).reindex(columns=features, fill_value=0).fillna(-1)
p_sub, pis_sub = mapie.predict(Xs, alpha=0.1)
pd.DataFrame({"prediction": p_sub, "lower": pis_sub[:, 0, 0], "upper": pis_sub[:, 1, 0]}).to_csv("predictions.csv", index=False)
