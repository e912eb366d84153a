"""Fashion-MNIST - PCA + KNN in one pipeline, tuned on the training file only."""
import numpy as np
import pandas as pd
from sklearn.decomposition import PCA
from sklearn.dummy import DummyClassifier
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GridSearchCV
from sklearn.neighbors import KNeighborsClassifier
from sklearn.pipeline import Pipeline


def load(path):
    d = pd.read_csv(path)
    return d.iloc[:, 1:].to_numpy(dtype='float32') / 255.0, d['label'].to_numpy()


X_train, y_train = load('fashion-mnist_train.csv')
X_test, y_test = load('fashion-mnist_test.csv')

rng = np.random.default_rng(0)
sub = rng.choice(len(X_train), 10000, replace=False)

pipe = Pipeline([('pca', PCA(random_state=0)), ('knn', KNeighborsClassifier(n_jobs=-1))])
search = GridSearchCV(pipe, {'pca__n_components': [30, 50, 80], 'knn__n_neighbors': [3, 5, 7, 9]}, cv=3)
search.fit(X_train[sub], y_train[sub])
print('CV best:', search.best_params_, round(search.best_score_, 4))

cv_res = pd.DataFrame(search.cv_results_)
print(cv_res.pivot_table(index='param_pca__n_components', columns='param_knn__n_neighbors',
                         values='mean_test_score').round(4))

final = pipe.set_params(**search.best_params_).fit(X_train, y_train)

baseline = DummyClassifier(strategy='most_frequent').fit(X_train, y_train)
print('baseline accuracy :', accuracy_score(y_test, baseline.predict(X_test)))
pred = final.predict(X_test)
print('PCA+KNN accuracy  :', accuracy_score(y_test, pred))

per_class = pd.Series(pred == y_test).groupby(y_test).mean()
print(per_class.round(3))
