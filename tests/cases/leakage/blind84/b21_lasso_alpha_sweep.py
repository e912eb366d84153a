"""Lasso regression for ln IC50 with an alpha sweep."""
import numpy as np
import pandas as pd
from sklearn.linear_model import Lasso
from sklearn.metrics import mean_squared_error, r2_score
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler

META = ["cosmic_id", "cell_line_name", "tissue", "msi_status", "auc_dose_response", "ln_ic50"]
ALPHAS = [0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
genes = [c for c in df.columns if c not in META]

scaler = StandardScaler()
X = scaler.fit_transform(df[genes].fillna(0))
y = df["ln_ic50"].to_numpy()

X_train, X_test_split, y_train, y_test_split = train_test_split(X, y, test_size=0.25, random_state=0)

scores = []
for a in ALPHAS:
    lasso = Lasso(alpha=a, max_iter=50000)
    lasso.fit(X_train, y_train)
    pred = lasso.predict(X_test_split)
    rmse = mean_squared_error(y_test_split, pred) ** 0.5
    scores.append((a, r2_score(y_test_split, pred), rmse, int((lasso.coef_ != 0).sum())))
    print(f"alpha={a:<6} R2={scores[-1][1]:.3f} RMSE={rmse:.3f} genes={scores[-1][3]}")

best_alpha, best_r2, best_rmse, n_genes = max(scores, key=lambda s: s[1])
print(f"\nBest alpha {best_alpha}: test R2 = {best_r2:.3f}, RMSE = {best_rmse:.3f}, {n_genes} genes")

final = Lasso(alpha=best_alpha, max_iter=50000).fit(X, y)
coef = pd.Series(final.coef_, index=genes)
print(coef[coef != 0].abs().sort_values(ascending=False).head(20))

X_sub = scaler.transform(test[genes].fillna(0))
pd.DataFrame({"cosmic_id": test["cosmic_id"], "prediction": final.predict(X_sub)}).to_csv(
    "predictions.csv", index=False)
