"""House prices -- nested CV by hand (outer 5 folds for the estimate,
inner 4 folds on the outer-training rows to choose the random forest's
settings). Target modelled on the log scale."""
from itertools import product

import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.impute import SimpleImputer
from sklearn.metrics import mean_absolute_error
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OrdinalEncoder

TARGET, ID = "sale_price", "listing_id"
df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

NUM = ["sqft", "bedrooms", "bathrooms", "lot_size", "year_built", "school_rating"]
CAT = ["neighborhood", "condition", "has_garage"]
FEATS = NUM + CAT
X = df[FEATS]
y_log = np.log(df[TARGET].to_numpy())


def kfold(n, k, seed):
    perm = np.random.default_rng(seed).permutation(n)
    chunks = np.array_split(perm, k)
    for i in range(k):
        yield np.concatenate([c for j, c in enumerate(chunks) if j != i]), chunks[i]


def rf_pipe(max_features, min_leaf):
    prep = ColumnTransformer([
        ("num", SimpleImputer(strategy="median"), NUM),
        ("cat", Pipeline([("imp", SimpleImputer(strategy="most_frequent")),
                          ("ord", OrdinalEncoder(handle_unknown="use_encoded_value", unknown_value=-1))]), CAT),
    ])
    return Pipeline([("prep", prep),
                     ("rf", RandomForestRegressor(n_estimators=300, max_features=max_features,
                                                  min_samples_leaf=min_leaf, n_jobs=-1, random_state=0))])


GRID = list(product([0.33, 0.6, 1.0], [1, 3, 8]))
outer_mae, outer_base, chosen = [], [], []
for o, (otr, ote) in enumerate(kfold(len(df), 5, seed=0)):
    Xo, yo = X.iloc[otr], y_log[otr]
    cv_err = {}
    for cfg in GRID:
        errs = []
        for itr, iva in kfold(len(otr), 4, seed=100 + o):
            m = rf_pipe(*cfg).fit(Xo.iloc[itr], yo[itr])
            errs.append(mean_absolute_error(np.exp(yo[iva]), np.exp(m.predict(Xo.iloc[iva]))))
        cv_err[cfg] = np.mean(errs)
    best = min(cv_err, key=cv_err.get)
    chosen.append(best)

    m = rf_pipe(*best).fit(Xo, yo)
    pred = np.exp(m.predict(X.iloc[ote]))
    base = np.exp(DummyRegressor(strategy="median").fit(Xo, yo).predict(X.iloc[ote]))
    outer_mae.append(mean_absolute_error(np.exp(y_log[ote]), pred))
    outer_base.append(mean_absolute_error(np.exp(y_log[ote]), base))
    print(f"outer {o}: best={best} MAE={outer_mae[-1]:,.0f} baseline={outer_base[-1]:,.0f}")

print(f"nested-CV MAE {np.mean(outer_mae):,.0f} +- {np.std(outer_mae):,.0f}  "
      f"(median baseline {np.mean(outer_base):,.0f})")

final_cfg = max(set(chosen), key=chosen.count)
final = rf_pipe(*final_cfg).fit(X, y_log)
pd.DataFrame({ID: test[ID], "prediction": np.exp(final.predict(test[FEATS]))}).to_csv("predictions.csv", index=False)
