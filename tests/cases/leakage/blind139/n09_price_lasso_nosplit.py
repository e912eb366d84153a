# Listing price - interpretable Lasso model
# Goal of the write-up is to explain price drivers, so I keep a linear model and look at coefficients.

import json
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.impute import SimpleImputer
from sklearn.linear_model import Lasso
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

task = json.load(open("task.json"))
TARGET = task["target"]
ID = task["id_column"]

data = pd.read_csv("train.csv")
sub_rows = pd.read_csv("test.csv")

data = data[data[TARGET].between(15, 3000)]
print(f"{len(data)} listings after removing extreme prices")

cat_features = ["neighbourhood", "room_type", "host_is_superhost"]
num_features = ["accommodates", "bedrooms", "bathrooms", "beds", "minimum_nights",
                "number_of_reviews", "review_scores_rating", "amenities_count",
                "availability_365", "latitude", "longitude"]

preproc = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), num_features),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                      ("oh", OneHotEncoder(handle_unknown="ignore"))]), cat_features),
])

lasso = Pipeline([("prep", preproc), ("lasso", Lasso(alpha=0.002, max_iter=20000))])

X = data[num_features + cat_features]
y_log = np.log(data[TARGET])
lasso.fit(X, y_log)

fitted = np.exp(lasso.predict(X))
print("R2 (log scale): %.3f" % r2_score(y_log, lasso.predict(X)))
print("MAE  : %.2f" % mean_absolute_error(data[TARGET], fitted))
print("RMSE : %.2f" % np.sqrt(mean_squared_error(data[TARGET], fitted)))
print("MAPE : %.3f" % np.mean(np.abs(fitted - data[TARGET]) / data[TARGET]))

# coefficient table -> which features drive price
names = num_features + list(lasso.named_steps["prep"].named_transformers_["cat"]
                            .named_steps["oh"].get_feature_names_out(cat_features))
coefs = pd.Series(lasso.named_steps["lasso"].coef_, index=names)
nonzero = coefs[coefs != 0].sort_values()
print(f"{len(nonzero)} / {len(coefs)} coefficients kept")
print("strongest negative:\n", nonzero.head(8))
print("strongest positive:\n", nonzero.tail(8))

# multiplicative effect on price, easier to explain
effects = (np.exp(nonzero) - 1).mul(100).round(1)
print(effects.tail(8).to_string())

pred = np.exp(lasso.predict(sub_rows[num_features + cat_features]))
pd.DataFrame({ID: sub_rows[ID], "prediction": pred}).to_csv("predictions.csv", index=False)
