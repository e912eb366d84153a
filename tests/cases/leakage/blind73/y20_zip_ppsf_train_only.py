import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error
from sklearn.model_selection import train_test_split

df = pd.read_csv("train.csv")
df = df[df.sqft_living > 300].copy()
df["house_age"] = 2024 - df["year_built"]
df["ask_ppsf"] = df["asking_price"] / df["sqft_living"]

train_df, test_df = train_test_split(df, test_size=0.2, random_state=0)
train_df, test_df = train_df.copy(), test_df.copy()


def add_price_levels(frame, ref):
    """Zip / neighbourhood price levels learned from the reference (training) sales."""
    ppsf = ref["sale_price"] / ref["sqft_living"]
    zip_ppsf = ppsf.groupby(ref["zip_code"]).median()
    nbhd_price = ref.groupby("neighbourhood")["sale_price"].median()
    frame["zip_median_ppsf"] = frame["zip_code"].map(zip_ppsf).fillna(ppsf.median())
    frame["nbhd_median_price"] = frame["neighbourhood"].map(nbhd_price).fillna(ref["sale_price"].median())
    frame["zip_value_est"] = frame["zip_median_ppsf"] * frame["sqft_living"]
    return frame


train_df = add_price_levels(train_df, train_df)
test_df = add_price_levels(test_df, train_df)

features = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "house_age", "garage_spaces",
            "has_pool", "school_rating", "asking_price", "ask_ppsf",
            "zip_median_ppsf", "nbhd_median_price", "zip_value_est"]
X_train, y_train = train_df[features].fillna(0), np.log(train_df["sale_price"])
X_test, y_test = test_df[features].fillna(0), np.log(test_df["sale_price"])

gbr = GradientBoostingRegressor(n_estimators=500, max_depth=4, learning_rate=0.05, random_state=0)
gbr.fit(X_train, y_train)
dummy = DummyRegressor(strategy="median").fit(X_train, y_train)

y_true = np.exp(y_test)
for name, m in [("baseline", dummy), ("GBR", gbr)]:
    p = np.exp(m.predict(X_test))
    print(f"{name}: MAE={mean_absolute_error(y_true, p):,.0f}  MAPE={mean_absolute_percentage_error(y_true, p):.4f}")

print(pd.Series(gbr.feature_importances_, index=features).sort_values(ascending=False).head(6))
