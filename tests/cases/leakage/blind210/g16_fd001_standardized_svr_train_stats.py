"""
Support vector regression for turbofan RUL (CMAPSS FD001).

SVR is sensitive to feature scale, so every sensor is standardised to zero
mean / unit variance first.  20% of the engines are kept aside for testing.
"""
import numpy as np
import pandas as pd
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
from sklearn.svm import SVR
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_squared_error, r2_score

RNG = 3
CAP = 130

names = ["id", "cycle", "setting1", "setting2", "setting3"] + ["s%02d" % i for i in range(1, 22)]
df = pd.read_csv("CMAPSS/train_FD001.txt", delim_whitespace=True, header=None, names=names)

informative = ["s02", "s03", "s04", "s07", "s08", "s09", "s11", "s12", "s13", "s14", "s15", "s17", "s20", "s21"]

# ---- target ------------------------------------------------------------------
df["RUL"] = df.groupby("id")["cycle"].transform("max") - df["cycle"]
df["RUL"] = np.where(df["RUL"] > CAP, CAP, df["RUL"])

print(df.groupby("id").size().describe())

# ---- engine split ------------------------------------------------------------
gss = GroupShuffleSplit(test_size=0.2, n_splits=1, random_state=RNG)
train_i, test_i = next(gss.split(df, groups=df["id"]))
train, test = df.iloc[train_i].copy(), df.iloc[test_i].copy()

# ---- scaling -----------------------------------------------------------------
mu = train[informative].mean()
sigma = train[informative].std()
train[informative] = (train[informative] - mu) / sigma
test[informative] = (test[informative] - mu) / sigma

print(train[informative].agg(["mean", "std"]).T.round(3))

X_tr, y_tr = train[informative].to_numpy(), train["RUL"].to_numpy()
X_te, y_te = test[informative].to_numpy(), test["RUL"].to_numpy()
print("train rows", len(X_tr), "test rows", len(X_te))

# subsample for SVR fit time
rng = np.random.default_rng(RNG)
sub = rng.choice(len(X_tr), size=min(8000, len(X_tr)), replace=False)

svr = SVR(kernel="rbf", C=50.0, epsilon=2.0, gamma="scale")
svr.fit(X_tr[sub], y_tr[sub])

dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)

results = {}
for label, est in [("dummy_mean", dummy), ("svr_rbf", svr)]:
    p = est.predict(X_te)
    results[label] = {
        "rmse": mean_squared_error(y_te, p) ** 0.5,
        "r2": r2_score(y_te, p),
    }
print(pd.DataFrame(results).T.round(3))

# ---- plots -------------------------------------------------------------------
p = svr.predict(X_te)
fig, ax = plt.subplots(figsize=(5, 5))
ax.hexbin(y_te, p, gridsize=40, cmap="viridis", mincnt=1)
ax.plot([0, CAP], [0, CAP], "w--")
ax.set_xlabel("true RUL")
ax.set_ylabel("SVR prediction")
fig.savefig("svr_scatter.png", dpi=110)

engines = test["id"].unique()[:4]
fig, axes = plt.subplots(2, 2, figsize=(10, 6))
for ax, e in zip(axes.ravel(), engines):
    m = (test["id"] == e).to_numpy()
    ax.plot(test["cycle"].to_numpy()[m], y_te[m], label="true")
    ax.plot(test["cycle"].to_numpy()[m], p[m], label="svr")
    ax.set_title(f"engine {e}")
axes[0, 0].legend()
fig.tight_layout()
fig.savefig("svr_engines.png", dpi=110)
