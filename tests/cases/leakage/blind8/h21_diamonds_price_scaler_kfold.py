# Diamonds price - manual KFold with imputation, outlier filtering and scaling learned per fold
import numpy as np
import pandas as pd
from sklearn.impute import KNNImputer
from sklearn.preprocessing import StandardScaler
from sklearn.model_selection import KFold
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score, mean_absolute_error

df = pd.read_csv("diamonds.csv").drop(columns=["Unnamed: 0"])
df[["x", "y", "z"]] = df[["x", "y", "z"]].replace(0, np.nan)
print(df.shape)
print(df.isna().sum())

df["cut"] = df["cut"].map({"Fair": 0, "Good": 1, "Very Good": 2, "Premium": 3, "Ideal": 4})
df["color"] = df["color"].map({c: i for i, c in enumerate("JIHGFED")})
df["clarity"] = df["clarity"].map({c: i for i, c in enumerate(["I1", "SI2", "SI1", "VS2", "VS1", "VVS2", "VVS1", "IF"])})

X_all = df.drop(columns="price").reset_index(drop=True)
y_all = np.log(df["price"]).reset_index(drop=True)


def iqr_mask(frame, cols, k=1.5):
    """Rows inside [Q1 - k*IQR, Q3 + k*IQR] for every column (bounds from `frame` itself)."""
    keep = pd.Series(True, index=frame.index)
    for c in cols:
        q1, q3 = frame[c].quantile([0.25, 0.75])
        iqr = q3 - q1
        keep &= frame[c].between(q1 - k * iqr, q3 + k * iqr) | frame[c].isna()
    return keep


def add_geometry(frame):
    frame = frame.copy()
    frame["volume"] = frame["x"] * frame["y"] * frame["z"]
    frame["density"] = frame["carat"] / frame["volume"]
    return frame


kf = KFold(n_splits=5, shuffle=True, random_state=3)
models = {"ridge": lambda: Ridge(alpha=1.0),
          "rf": lambda: RandomForestRegressor(n_estimators=200, n_jobs=-1, random_state=3)}
scores = {name: [] for name in models}

for fold, (tr, va) in enumerate(kf.split(X_all)):
    X_tr, X_va = X_all.iloc[tr], X_all.iloc[va]
    y_tr, y_va = y_all.iloc[tr], y_all.iloc[va]

    # drop extreme table/depth values from the training fold only
    keep = iqr_mask(X_tr, ["depth", "table"])
    X_tr, y_tr = X_tr[keep], y_tr[keep]

    imp = KNNImputer(n_neighbors=5).fit(X_tr)
    X_tr = add_geometry(pd.DataFrame(imp.transform(X_tr), columns=X_all.columns))
    X_va = add_geometry(pd.DataFrame(imp.transform(X_va), columns=X_all.columns))

    scaler = StandardScaler().fit(X_tr)
    X_tr_s, X_va_s = scaler.transform(X_tr), scaler.transform(X_va)

    for name, make in models.items():
        m = make().fit(X_tr_s, y_tr)
        pred = m.predict(X_va_s)
        scores[name].append((r2_score(y_va, pred), mean_absolute_error(np.exp(y_va), np.exp(pred))))
    print(f"fold {fold}: kept {keep.mean():.1%} of training rows")

for name, s in scores.items():
    s = np.array(s)
    print(f"{name:5s} R2 {s[:, 0].mean():.4f}  MAE ${s[:, 1].mean():.0f}")
