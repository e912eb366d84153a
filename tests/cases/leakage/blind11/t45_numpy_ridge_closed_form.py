"""Ridge regression in closed form with numpy - energy efficiency dataset (heating load).

Manual shuffle + 80/20 split, standardisation using training statistics, lambda chosen
by 5-fold CV on the training part, compared with predicting the training mean.
"""
import numpy as np
import pandas as pd

rng = np.random.default_rng(17)

df = pd.read_excel("ENB2012_data.xlsx")
df.columns = ["compactness", "surface", "wall", "roof", "height", "orientation",
              "glazing", "glazing_dist", "heating", "cooling"]
X_all = df.iloc[:, :8].to_numpy(dtype=float)
y_all = df["heating"].to_numpy(dtype=float)

perm = rng.permutation(len(y_all))
n_train = int(0.8 * len(perm))
tr_idx, te_idx = perm[:n_train], perm[n_train:]
X_tr, y_tr = X_all[tr_idx], y_all[tr_idx]
X_te, y_te = X_all[te_idx], y_all[te_idx]

mu, sd = X_tr.mean(axis=0), X_tr.std(axis=0)


def standardise(X):
    return (X - mu) / sd


def ridge_fit(X, y, lam):
    Xb = np.c_[np.ones(len(X)), X]
    I = np.eye(Xb.shape[1])
    I[0, 0] = 0.0          # do not penalise the intercept
    return np.linalg.solve(Xb.T @ Xb + lam * I, Xb.T @ y)


def ridge_predict(w, X):
    return np.c_[np.ones(len(X)), X] @ w


def rmse(a, b):
    return float(np.sqrt(np.mean((a - b) ** 2)))


# choose lambda with 5-fold CV inside the training set
lams = [0.0, 0.01, 0.1, 1.0, 10.0, 100.0]
folds = np.array_split(rng.permutation(n_train), 5)
cv_scores = {}
for lam in lams:
    errs = []
    for k in range(5):
        va = folds[k]
        tr = np.concatenate([folds[j] for j in range(5) if j != k])
        m, s = X_tr[tr].mean(0), X_tr[tr].std(0)
        w = ridge_fit((X_tr[tr] - m) / s, y_tr[tr], lam)
        errs.append(rmse(ridge_predict(w, (X_tr[va] - m) / s), y_tr[va]))
    cv_scores[lam] = np.mean(errs)
    print(f"lambda={lam:<7} CV RMSE={cv_scores[lam]:.3f}")

best_lam = min(cv_scores, key=cv_scores.get)
w = ridge_fit(standardise(X_tr), y_tr, best_lam)

test_rmse = rmse(ridge_predict(w, standardise(X_te)), y_te)
baseline_rmse = rmse(np.full_like(y_te, y_tr.mean()), y_te)
print(f"best lambda {best_lam}: test RMSE {test_rmse:.3f}  vs mean baseline {baseline_rmse:.3f}")
print("coefficients:", dict(zip(df.columns[:8], np.round(w[1:], 3))))
