"""Energy bill prediction: random forest + linear model.

Imputation values and z-score parameters come from the training split and are reused
for the validation split and test.csv.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.linear_model import LinearRegression
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
sub = pd.read_csv("test.csv")
print(df.isna().mean().round(3))

num_cols = ["floor_area_m2", "occupants", "avg_temp_c", "build_year", "kwh_prev_year"]
cat_cols = ["region", "dwelling_type", "heating_type", "tariff"]

df = pd.get_dummies(df, columns=cat_cols, dtype=float)
sub = pd.get_dummies(sub, columns=cat_cols, dtype=float)
dummy_cols = [c for c in df.columns if c.startswith(tuple(p + "_" for p in cat_cols))]
sub = sub.reindex(columns=list(sub.columns) + [c for c in dummy_cols if c not in sub.columns], fill_value=0.0)

train_df, valid_df = train_test_split(df, test_size=0.2, random_state=42)


class NumPrep:
    """median fill + z-score, parameters learned on the frame passed to fit()."""

    def fit(self, frame):
        self.med = frame[num_cols].median()
        filled = frame[num_cols].fillna(self.med)
        self.mu, self.sd = filled.mean(), filled.std()
        return self

    def transform(self, frame):
        z = (frame[num_cols].fillna(self.med) - self.mu) / self.sd
        z.columns = [c + "_z" for c in num_cols]
        return pd.concat([z, frame[dummy_cols + ["has_solar", "smart_meter"]]], axis=1)


prep = NumPrep().fit(train_df)
X_train, X_valid = prep.transform(train_df), prep.transform(valid_df)
y_train, y_valid = train_df["bill_amount"], valid_df["bill_amount"]

lin = LinearRegression().fit(X_train, y_train)
rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=3, n_jobs=-1, random_state=42).fit(X_train, y_train)
baseline = np.full(len(y_valid), y_train.median())

for name, p in [("median baseline", baseline), ("linear", lin.predict(X_valid)), ("random forest", rf.predict(X_valid))]:
    print(f"{name:16s} MAE={mean_absolute_error(y_valid, p):.2f}  "
          f"RMSE={np.sqrt(mean_squared_error(y_valid, p)):.2f}  R2={r2_score(y_valid, p):.3f}  "
          f"MAPE={np.mean(np.abs((y_valid - p) / y_valid)):.3f}")

prep_full = NumPrep().fit(df)
rf.fit(prep_full.transform(df), df["bill_amount"])
pd.DataFrame({"account_id": sub["account_id"], "prediction": rf.predict(prep_full.transform(sub))}).to_csv(
    "predictions.csv", index=False)
