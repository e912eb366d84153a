import warnings

import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestRegressor
from sklearn.model_selection import GroupKFold
from sklearn.metrics import mean_absolute_error, r2_score

warnings.filterwarnings("ignore")

TARGET = "claim_cost"

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df.dtypes)

# quick look at missingness
print(df.isnull().mean().sort_values(ascending=False).head())

# keep numeric columns, fill missing with 0
num = df.select_dtypes(include=[np.number]).fillna(0)

# keep only features that correlate with the target
corr = num.corr()[TARGET].drop(TARGET)
print(corr.sort_values(ascending=False))
selected = corr[corr.abs() > 0.05].index.tolist()
print("selected", len(selected), "features:", selected)

X = num[selected]
y = num[TARGET]

gkf = GroupKFold(n_splits=5)
maes, r2s = [], []
oof = np.zeros(len(X))
for fold, (tr, va) in enumerate(gkf.split(X, y, groups=df["policy_id"])):
    rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=5,
                               n_jobs=-1, random_state=fold)
    rf.fit(X.iloc[tr], y.iloc[tr])
    p = rf.predict(X.iloc[va])
    oof[va] = p
    maes.append(mean_absolute_error(y.iloc[va], p))
    r2s.append(r2_score(y.iloc[va], p))
    print(f"fold {fold}: MAE={maes[-1]:.2f} R2={r2s[-1]:.4f}")

print("CV MAE %.2f +- %.2f" % (np.mean(maes), np.std(maes)))
print("CV R2  %.4f" % np.mean(r2s))

# feature importance
rf = RandomForestRegressor(n_estimators=300, min_samples_leaf=5, n_jobs=-1, random_state=0)
rf.fit(X, y)
for name, imp in sorted(zip(selected, rf.feature_importances_), key=lambda t: -t[1]):
    print(f"  {name:28s} {imp:.4f}")

X_test = test.reindex(columns=selected).fillna(0)
pd.DataFrame({"claim_id": test["claim_id"],
              "prediction": rf.predict(X_test)}).to_csv("predictions.csv", index=False)
print("done")
