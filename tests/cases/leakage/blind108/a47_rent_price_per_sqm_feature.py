"""Apartment rent regression - random forest, building-grouped 5-fold CV, MAE."""
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import GroupKFold

TARGET = "monthly_rent"
ID = "listing_id"
GROUP = "building_id"

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train.isna().sum()[train.isna().sum() > 0])

# agent commission is settled after the lease is signed -> not used
train = train.drop(columns=["agent_commission_eur"])
test = test.drop(columns=["agent_commission_eur"], errors="ignore")


def features(df):
    X = df.drop(columns=[c for c in (TARGET, ID, GROUP) if c in df.columns]).copy()
    X["age"] = 2024 - X["year_built"]
    X["top_floor_no_lift"] = ((X["floor"] >= 4) & (X["has_elevator"] == 0)).astype(int)
    X = pd.get_dummies(X, columns=["neighborhood", "energy_label"], dtype=float)
    return X.fillna(-1)


X = features(train)
y = train[TARGET].to_numpy()
g = train[GROUP].to_numpy()
X_test = features(test).reindex(columns=X.columns, fill_value=0)
print("features:", list(X.columns))

maes, maes_base = [], []
for fold, (i_tr, i_va) in enumerate(GroupKFold(n_splits=5).split(X, y, g)):
    rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=fold)
    rf.fit(X.iloc[i_tr], y[i_tr])
    maes.append(mean_absolute_error(y[i_va], rf.predict(X.iloc[i_va])))
    base = DummyRegressor(strategy="mean").fit(X.iloc[i_tr], y[i_tr])
    maes_base.append(mean_absolute_error(y[i_va], base.predict(X.iloc[i_va])))
    print(f"fold {fold}: RF MAE {maes[-1]:.1f} | mean-baseline MAE {maes_base[-1]:.1f}")

print(f"CV MAE  RF {np.mean(maes):.1f} +- {np.std(maes):.1f}   baseline {np.mean(maes_base):.1f}")

rf = RandomForestRegressor(n_estimators=400, min_samples_leaf=2, n_jobs=-1, random_state=0).fit(X, y)
top = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False).head(8)
print(top)
pd.DataFrame({ID: test[ID], "prediction": rf.predict(X_test)}).to_csv("predictions.csv", index=False)
