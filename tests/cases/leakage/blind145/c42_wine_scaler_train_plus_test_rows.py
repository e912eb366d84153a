# Playground S3E5 - Ordinal regression with a wine quality dataset (metric: quadratic weighted kappa)
# SVR + KNN on standardised features.
# Scaling: fitted on the training part together with the unlabelled competition test rows
# (more rows -> steadier means/stds). The validation part is left out of that fit.
import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.metrics import cohen_kappa_score
from sklearn.model_selection import train_test_split
from sklearn.neighbors import KNeighborsRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVR

train = pd.read_csv("/kaggle/input/playground-series-s3e5/train.csv")
test = pd.read_csv("/kaggle/input/playground-series-s3e5/test.csv")
TARGET = "quality"
print(train.shape, test.shape)
print(train[TARGET].value_counts().sort_index())


def add_features(df):
    df = df.copy()
    df["alcohol_density"] = df["alcohol"] / df["density"]
    df["total_acid"] = df["fixed acidity"] + df["volatile acidity"] + df["citric acid"]
    df["free_so2_ratio"] = df["free sulfur dioxide"] / df["total sulfur dioxide"]
    df["sulphates_x_alcohol"] = df["sulphates"] * df["alcohol"]
    df["log_chlorides"] = np.log(df["chlorides"])
    df["log_residual_sugar"] = np.log(df["residual sugar"])
    return df


train = add_features(train)
test = add_features(test)
features = [c for c in train.columns if c not in ("Id", "id", TARGET)]

X_tr, X_va, y_tr, y_va = train_test_split(train[features], train[TARGET], test_size=0.25,
                                          stratify=train[TARGET], random_state=5)

scaler = StandardScaler()
scaler.fit(pd.concat([X_tr, test[features]], axis=0))
Z_tr, Z_va, Z_te = (scaler.transform(d) for d in (X_tr, X_va, test[features]))


def to_grade(p):
    return np.clip(np.rint(p), 3, 8).astype(int)


svr = SVR(C=1.5, epsilon=0.2, gamma="scale").fit(Z_tr, y_tr)
knn = KNeighborsRegressor(n_neighbors=40, weights="distance").fit(Z_tr, y_tr)
dummy = DummyRegressor(strategy="median").fit(Z_tr, y_tr)

blend_va = 0.6 * svr.predict(Z_va) + 0.4 * knn.predict(Z_va)
qwk_blend = cohen_kappa_score(y_va, to_grade(blend_va), weights="quadratic")
qwk_dummy = cohen_kappa_score(y_va, to_grade(dummy.predict(Z_va)), weights="quadratic")
print(f"validation QWK  0.6*svr + 0.4*knn: {qwk_blend:.4f}")
print(f"validation QWK  dummy (median)   : {qwk_dummy:.4f}")
print(pd.crosstab(y_va, to_grade(blend_va), rownames=["true"], colnames=["pred"]))

blend_te = 0.6 * svr.predict(Z_te) + 0.4 * knn.predict(Z_te)
pd.DataFrame({"Id": test["Id"], TARGET: to_grade(blend_te)}).to_csv("submission.csv", index=False)
