"""Sale price: standardised numeric features compressed with PCA, ridge/GBM, MAPIE intervals."""
import numpy as np
import pandas as pd
from sklearn.preprocessing import StandardScaler
from sklearn.decomposition import PCA
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from mapie.regression import MapieRegressor
from mapie.metrics import regression_coverage_score, regression_mean_width_score

NUM = ["lot_area", "living_area", "bedrooms", "bathrooms", "year_built", "year_remodeled",
       "garage_cars", "overall_quality", "distance_to_center_km"]

df = pd.read_csv("train.csv")
df["has_pool"] = df["has_pool"].astype(int)
df[["lot_area", "living_area"]] = np.log1p(df[["lot_area", "living_area"]])
df[NUM] = df[NUM].fillna(0)

scaler = StandardScaler()
Z = scaler.fit_transform(df[NUM])
pca = PCA(n_components=0.95, random_state=0)
pcs = pca.fit_transform(Z)
print("components kept:", pca.n_components_, "explained:", pca.explained_variance_ratio_.sum().round(3))

pc_df = pd.DataFrame(pcs, columns=[f"pc{i}" for i in range(pcs.shape[1])], index=df.index)
dummies = pd.get_dummies(df[["neighborhood", "condition"]], dtype=float)
X = pd.concat([pc_df, dummies, df[["has_pool"]]], axis=1)
y = np.log(df["sale_price"])

X_tr, X_rest, y_tr, y_rest = train_test_split(X, y, test_size=0.4, random_state=0)
X_cal, X_te, y_cal, y_te = train_test_split(X_rest, y_rest, test_size=0.5, random_state=0)

gbr = GradientBoostingRegressor(n_estimators=500, learning_rate=0.03, max_depth=3, random_state=0).fit(X_tr, y_tr)
dummy = DummyRegressor(strategy="mean").fit(X_tr, y_tr)

mapie = MapieRegressor(gbr, cv="prefit").fit(X_cal, y_cal)
pred, pis = mapie.predict(X_te, alpha=0.1)

print(f"R2 (log)     model {r2_score(y_te, pred):.3f}  dummy {r2_score(y_te, dummy.predict(X_te)):.3f}")
print(f"MAE ($)      model {mean_absolute_error(np.exp(y_te), np.exp(pred)):,.0f}  "
      f"dummy {mean_absolute_error(np.exp(y_te), np.exp(dummy.predict(X_te))):,.0f}")
print(f"90% coverage {regression_coverage_score(y_te, pis[:, 0, 0], pis[:, 1, 0]):.3f}")
print(f"mean width   {regression_mean_width_score(pis[:, 0, 0], pis[:, 1, 0]):.4f} (log scale)")

test = pd.read_csv("test.csv")
test["has_pool"] = test["has_pool"].astype(int)
test[["lot_area", "living_area"]] = np.log1p(test[["lot_area", "living_area"]])
test[NUM] = test[NUM].fillna(0)
pcs_t = pca.transform(scaler.transform(test[NUM]))
Xs = pd.concat([pd.DataFrame(pcs_t, columns=pc_df.columns), pd.get_dummies(test[["neighborhood", "condition"]], dtype=float),
                test[["has_pool"]].reset_index(drop=True)], axis=1).reindex(columns=X.columns, fill_value=0)
p, iv = mapie.predict(Xs, alpha=0.1)
pd.DataFrame({"house_id": test["house_id"], "prediction": np.exp(p),
              "lower": np.exp(iv[:, 0, 0]), "upper": np.exp(iv[:, 1, 0])}).to_csv("predictions.csv", index=False)
