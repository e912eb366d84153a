# Predicting FIFA player overall rating from attribute ratings
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import mean_absolute_error, r2_score
from sklearn.model_selection import train_test_split

players = pd.read_csv("data/players_22.csv", low_memory=False)
players = players[players["player_positions"] != "GK"].copy()
players = players.drop(columns=["potential", "value_eur", "wage_eur", "release_clause_eur"])

players["height_weight_ratio"] = players["height_cm"] / players["weight_kg"]
players["skill_total"] = players.filter(like="skill_").sum(axis=1)
players["attack_total"] = players.filter(like="attacking_").sum(axis=1)

numeric = players.select_dtypes(include=np.number).drop(columns=["sofifa_id"], errors="ignore")
numeric = numeric.drop(columns=[c for c in numeric.columns if c.startswith(("club_", "nation_", "league_", "goalkeeping_"))])
numeric = numeric.dropna()

# pick the 15 attributes most correlated with the overall rating
correlations = numeric.corr()["overall"].abs().sort_values(ascending=False)
top_features = [c for c in correlations.index if c != "overall"][:15]
print(correlations.head(16))

X = numeric[top_features]
y = numeric["overall"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=22)

gbr = GradientBoostingRegressor(n_estimators=400, max_depth=4, learning_rate=0.05, subsample=0.8, random_state=22)
gbr.fit(X_train, y_train)
pred = gbr.predict(X_test)

print("MAE:", round(mean_absolute_error(y_test, pred), 3))
print("R2 :", round(r2_score(y_test, pred), 4))

plt.figure(figsize=(5, 5))
plt.scatter(y_test, pred, s=4, alpha=0.4)
plt.plot([40, 95], [40, 95], "r--")
plt.xlabel("actual overall")
plt.ylabel("predicted overall")
plt.tight_layout()
plt.savefig("fifa_pred_vs_actual.png", dpi=120)
