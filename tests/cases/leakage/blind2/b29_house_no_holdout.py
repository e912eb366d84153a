import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error, r2_score

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
feats = ["sqft", "bedrooms", "bathrooms", "year_built", "lot_size"]

rf = RandomForestRegressor(n_estimators=500, random_state=0)
rf.fit(train[feats].fillna(0), train["sale_price"])
fitted = rf.predict(train[feats].fillna(0))
print("MAE", mean_absolute_error(train["sale_price"], fitted))
print("R2", r2_score(train["sale_price"], fitted))

pd.DataFrame({"house_id": test["house_id"], "prediction": rf.predict(test[feats].fillna(0))}).to_csv(
    "predictions.csv", index=False)
