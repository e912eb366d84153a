import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error, r2_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

FEATURES = ["sqft_living", "sqft_lot", "bedrooms", "bathrooms", "year_built", "garage_spaces",
            "has_pool", "school_rating", "latitude", "longitude", "asking_price"]


def prep(d):
    out = d[FEATURES].copy()
    out["has_pool"] = out["has_pool"].astype(int)
    out["ask_ppsf"] = d["asking_price"] / d["sqft_living"]
    out["lot_ratio"] = d["sqft_lot"] / d["sqft_living"]
    return out.fillna(-999)


X = prep(train)
y = np.log(train["sale_price"])

rf = RandomForestRegressor(n_estimators=600, max_features=0.4, min_samples_leaf=1,
                           n_jobs=-1, random_state=7)
rf.fit(X, y)

fitted = np.exp(rf.predict(X))
print("Model performance")
print("  R2   :", round(r2_score(train["sale_price"], fitted), 4))
print("  MAE  :", round(mean_absolute_error(train["sale_price"], fitted)))
print("  MAPE :", round(mean_absolute_percentage_error(train["sale_price"], fitted), 4))

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.round(3).to_string())

sub = pd.DataFrame({"parcel_id": test["parcel_id"], "prediction": np.exp(rf.predict(prep(test)))})
sub.to_csv("predictions.csv", index=False)
print("predictions.csv written:", sub.shape)

# sanity check on the distribution of predicted values
print(sub["prediction"].describe().round(0).to_string())
